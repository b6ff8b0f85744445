import { expect, fixture, fixtureCleanup, html as testHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { loadMessages } from '../../src/i18n/index.js';

/** A minimal element that renders one catalogue string, so tests see what a real element would. */
class LocaleProbe extends LitElement {
  locale = new LocaleController(this);
  override render() {
    return html`<p lang=${this.locale.textLang}>${this.locale.messages.chooseTime}</p>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

/** Hosts a probe inside its shadow root, to check that `[lang]` is found across shadow boundaries. */
class LocaleShell extends LitElement {
  override render() {
    return html`<locale-probe></locale-probe>`;
  }
}
customElements.define('locale-shell', LocaleShell);

const textOf = (el: LocaleProbe) => el.shadowRoot!.querySelector('p')!.textContent;
const ready = async (el: LocaleProbe) => {
  await waitUntil(() => el.locale.ready, 'catalogue loads', { timeout: 10000 });
  await el.updateComplete;
};

describe('LocaleController', () => {
  const htmlLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = htmlLang;
    fixtureCleanup();
  });

  it('renders English while another catalogue loads, then switches text and formats together', async () => {
    // German is loaded by no other test in this file before this one.
    const el = document.createElement('locale-probe') as LocaleProbe;
    el.lang = 'de';
    document.body.append(el);
    try {
      expect(el.locale.ready).to.equal(false);
      expect(el.locale.lang).to.equal('en');
      await el.updateComplete;
      expect(textOf(el)).to.equal('Choose a time');
      await ready(el);
      expect(el.locale.lang).to.equal('de');
      expect(textOf(el)).to.equal('Termin auswählen');
      expect(el.shadowRoot!.querySelector('p')!.lang).to.equal('de');
    } finally {
      el.remove();
    }
  });

  it('takes the element’s own lang before its ancestors’', async () => {
    const wrapper = await fixture(testHtml`<div lang="fr"><locale-probe lang="nl"></locale-probe></div>`);
    const el = wrapper.querySelector<LocaleProbe>('locale-probe')!;
    await ready(el);
    expect(el.locale.lang).to.equal('nl');
    expect(textOf(el)).to.equal('Kies een tijdstip');
  });

  it('finds the nearest [lang] ancestor across shadow roots', async () => {
    const shell = await fixture<LocaleShell>(testHtml`<section lang="pl-PL"><locale-shell></locale-shell></section>`);
    const el = shell.querySelector('locale-shell')!.shadowRoot!.querySelector<LocaleProbe>('locale-probe')!;
    await ready(el);
    expect(el.locale.lang).to.equal('pl-PL');
    expect(textOf(el)).to.equal('Wybór terminu');
  });

  it('uses the page default (the business’s languageTag) before <html lang>, after any [lang] on the page', async () => {
    document.documentElement.lang = 'fr';
    const el = await fixture<LocaleProbe>(testHtml`<locale-probe></locale-probe>`);
    await ready(el);
    expect(el.locale.lang).to.equal('fr');
    el.locale.pageDefault = 'da';
    el.requestUpdate();
    await ready(el);
    expect(el.locale.lang).to.equal('da');
    expect(textOf(el)).to.equal('Vælg et tidspunkt');
    el.lang = 'nl';
    await waitUntil(() => el.locale.lang === 'nl', 'own lang wins over the page default');
  });

  it('follows <html lang>, and re-renders when it or the element’s lang changes at run time', async () => {
    document.documentElement.lang = 'nl';
    const el = await fixture<LocaleProbe>(testHtml`<locale-probe></locale-probe>`);
    await ready(el);
    expect(textOf(el)).to.equal('Kies een tijdstip');
    document.documentElement.lang = 'pl';
    await waitUntil(() => textOf(el) === 'Wybór terminu', 'html lang change re-renders');
    el.setAttribute('lang', 'fr');
    await waitUntil(() => textOf(el) === 'Choisissez un créneau', 'own lang change re-renders');
  });

  it('falls back to the browser’s language when nothing on the page names one', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<LocaleProbe>(testHtml`<locale-probe></locale-probe>`);
    await ready(el);
    expect(el.locale.lang).to.equal(Intl.getCanonicalLocales(navigator.languages[0] ?? navigator.language)[0]);
  });

  it('skips tags Intl rejects instead of failing to render', async () => {
    document.documentElement.lang = 'de-AT';
    const el = await fixture<LocaleProbe>(testHtml`<div lang="en_GB!"><locale-probe></locale-probe></div>`);
    const probe = el.querySelector<LocaleProbe>('locale-probe')!;
    await ready(probe);
    expect(probe.locale.lang).to.equal('de-AT');
  });

  it('keeps English text, marked as English, for a language without a catalogue, formatting dates in its locale', async () => {
    const el = await fixture<LocaleProbe>(testHtml`<locale-probe lang="sv-SE"></locale-probe>`);
    await ready(el);
    expect(el.locale.lang).to.equal('sv-SE');
    expect(el.locale.textLang).to.equal('en');
    expect(textOf(el)).to.equal('Choose a time');
    expect(el.shadowRoot!.querySelector('p')!.lang).to.equal('en');
  });

  it('ignores a catalogue that arrives after the language changed again', async () => {
    const el = await fixture<LocaleProbe>(testHtml`<locale-probe lang="en"></locale-probe>`);
    el.lang = 'fr';
    el.requestUpdate();
    await el.updateComplete;
    el.lang = 'pl';
    el.requestUpdate();
    await el.updateComplete;
    await loadMessages('fr');
    await ready(el);
    expect(el.locale.lang).to.equal('pl');
    expect(textOf(el)).to.equal('Wybór terminu');
  });
});
