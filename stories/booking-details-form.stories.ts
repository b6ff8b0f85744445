import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/booking-details-form.js';
import { emptyDetails, type DetailsRules } from '../src/elements/booking-details-form/booking-details-form.js';

const rules: DetailsRules = {
  emailRequired: true,
  online: false,
  sms: true,
  consent: {
    enabled: true,
    message: 'I agree that Contoso Clinic stores my details to manage this appointment. <b>Markup shows as text.</b>',
    privacyUrl: 'https://contoso.example/privacy',
    termsUrl: 'https://contoso.example/terms',
  },
  questions: [
    {
      question: {
        id: 'first-visit',
        displayName: 'Is this your first visit?',
        answerInputType: 'radioButton',
        answerOptions: ['Yes', 'No'],
      },
      isRequired: true,
    },
    {
      question: {
        id: 'areas',
        displayName: 'Where do you feel discomfort?',
        answerInputType: 'checkbox',
        answerOptions: ['Neck', 'Back'],
      },
      isRequired: false,
    },
    {
      question: { id: 'notes', displayName: 'Medication or allergies', answerInputType: 'multiline' },
      isRequired: false,
    },
  ],
};

const meta: Meta = {
  title: 'Parts/booking-details-form',
  component: 'booking-details-form',
  render: () =>
    html`<booking-details-form lang="en-GB" .rules=${rules} .value=${emptyDetails()}></booking-details-form>`,
};
export default meta;

export const Empty: StoryObj = {};

/** After pressing Book with nothing filled in: each field says what is wrong. */
export const WithErrors: StoryObj = {
  render: () =>
    html`<booking-details-form
      lang="en-GB"
      .rules=${rules}
      .value=${{ ...emptyDetails(), emailAddress: 'mette@', smsOptIn: true }}
      .errors=${{
        name: 'Enter your name.',
        emailAddress: 'Enter an email address like name@example.com.',
        phone: 'Enter a phone number for the text messages.',
        'answer:first-visit': 'Choose one option.',
        consent: 'Tick the box to agree before booking.',
      }}
    ></booking-details-form>`,
};
