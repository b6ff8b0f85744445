/** The outbox messages in French (R15). */
import { lines, titled, type MessageCatalogue } from './types.js';

// French: "vous"; a no-break space before `:` as French typography wants.
export const fr: MessageCatalogue = {
  confirmation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Réservation confirmée\u00a0: ${c.serviceName} chez ${c.businessName}`,
          body: lines(
            `Bonjour ${c.customerName},`,
            '',
            `Votre réservation pour ${c.serviceName} avec ${c.staffName} est confirmée.`,
            `Date\u00a0: ${c.when}`,
            c.joinWebUrl && `Rejoindre en ligne\u00a0: ${c.joinWebUrl}`,
            c.manageUrl && `Consulter, déplacer ou annuler\u00a0: ${c.manageUrl}`,
            '',
            `Cordialement,`,
            c.businessName,
          ),
        }
      : {
          subject: `Nouvelle réservation\u00a0: ${c.serviceName} avec ${c.customerName}`,
          body: lines(
            `${c.customerName} a réservé ${c.serviceName} avec ${c.staffName}.`,
            `Date\u00a0: ${c.when}`,
            c.joinWebUrl && `Rejoindre en ligne\u00a0: ${c.joinWebUrl}`,
          ),
        },
  reschedule: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Réservation déplacée\u00a0: ${c.serviceName} chez ${c.businessName}`,
          body: lines(
            `Bonjour ${c.customerName},`,
            '',
            `Votre réservation pour ${c.serviceName} avec ${c.staffName} a été déplacée.`,
            `Nouvelle date\u00a0: ${c.when}`,
            c.previousWhen && `Date précédente\u00a0: ${c.previousWhen}`,
            c.joinWebUrl && `Rejoindre en ligne\u00a0: ${c.joinWebUrl}`,
            '',
            `Cordialement,`,
            c.businessName,
          ),
        }
      : {
          subject: `Réservation déplacée\u00a0: ${c.serviceName} avec ${c.customerName}`,
          body: lines(
            `La réservation de ${c.customerName} pour ${c.serviceName} avec ${c.staffName} a été déplacée.`,
            `Nouvelle date\u00a0: ${c.when}`,
            c.previousWhen && `Date précédente\u00a0: ${c.previousWhen}`,
          ),
        },
  cancellation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Réservation annulée\u00a0: ${c.serviceName} chez ${c.businessName}`,
          body: lines(
            `Bonjour ${c.customerName},`,
            '',
            c.cancelledBy === 'staff'
              ? `${c.businessName} a annulé votre réservation pour ${c.serviceName}.`
              : `Votre réservation pour ${c.serviceName} a été annulée.`,
            `Date prévue\u00a0: ${c.when}`,
            c.note && `Message\u00a0: ${c.note}`,
            '',
            `Cordialement,`,
            c.businessName,
          ),
        }
      : {
          subject: `Réservation annulée\u00a0: ${c.serviceName} avec ${c.customerName}`,
          body: lines(
            c.cancelledBy === 'staff'
              ? `La réservation de ${c.customerName} pour ${c.serviceName} avec ${c.staffName} a été annulée par l’équipe.`
              : `${c.customerName} a annulé sa réservation pour ${c.serviceName} avec ${c.staffName}.`,
            `Date prévue\u00a0: ${c.when}`,
            c.note && `Message\u00a0: ${c.note}`,
          ),
        },
  reminder: (audience, c) => ({
    subject: `Rappel\u00a0: ${c.serviceName} chez ${c.businessName}`,
    body: lines(
      audience === 'customer' ? `Bonjour ${c.customerName},` : `Bonjour ${c.staffName},`,
      '',
      audience === 'customer'
        ? `Nous vous rappelons votre réservation pour ${c.serviceName} avec ${c.staffName}.`
        : `Rappel de la réservation de ${c.customerName} pour ${c.serviceName}.`,
      `Date\u00a0: ${c.when}`,
      c.joinWebUrl && `Rejoindre en ligne\u00a0: ${c.joinWebUrl}`,
      c.note,
    ),
  }),
  timeOff: (_audience, c) => ({
    // "Absence de…" rather than "… est absent(e)": no guess at the staff member's gender.
    subject: `Absence\u00a0: ${c.staffName}${titled(c.title)}`,
    body: lines(`Absence de ${c.staffName}${titled(c.title)}.`, `Période\u00a0: ${c.when}`, '', c.businessName),
  }),
  requested: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Demande reçue\u00a0: ${c.serviceName} chez ${c.businessName}`,
          body: lines(
            `Bonjour ${c.customerName},`,
            '',
            `Nous avons bien reçu votre demande pour ${c.serviceName} avec ${c.staffName}.`,
            'Elle n’est pas encore confirmée\u00a0: nous vous écrirons dès qu’elle sera acceptée.',
            `Date demandée\u00a0: ${c.when}`,
            c.manageUrl && `Consulter ou annuler votre demande\u00a0: ${c.manageUrl}`,
            '',
            `Cordialement,`,
            c.businessName,
          ),
        }
      : {
          subject: `Validation requise\u00a0: ${c.serviceName} avec ${c.customerName}`,
          body: lines(
            `${c.customerName} a demandé ${c.serviceName} avec ${c.staffName}.`,
            `Date\u00a0: ${c.when}`,
            'Acceptez ou refusez la demande dans l’espace d’administration.',
          ),
        },
  approved: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Réservation confirmée\u00a0: ${c.serviceName} chez ${c.businessName}`,
          body: lines(
            `Bonjour ${c.customerName},`,
            '',
            `Votre demande pour ${c.serviceName} avec ${c.staffName} a été acceptée\u00a0: votre réservation est confirmée.`,
            `Date\u00a0: ${c.when}`,
            c.joinWebUrl && `Rejoindre en ligne\u00a0: ${c.joinWebUrl}`,
            '',
            `Cordialement,`,
            c.businessName,
          ),
        }
      : {
          subject: `Demande acceptée\u00a0: ${c.serviceName} avec ${c.customerName}`,
          body: lines(
            `La demande de ${c.customerName} pour ${c.serviceName} avec ${c.staffName} a été acceptée.`,
            `Date\u00a0: ${c.when}`,
          ),
        },
  declined: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Demande refusée\u00a0: ${c.serviceName} chez ${c.businessName}`,
          body: lines(
            `Bonjour ${c.customerName},`,
            '',
            `${c.businessName} ne peut malheureusement pas accepter votre demande pour ${c.serviceName}.`,
            `Date demandée\u00a0: ${c.when}`,
            c.note && `Message\u00a0: ${c.note}`,
            '',
            `Cordialement,`,
            c.businessName,
          ),
        }
      : {
          subject: `Demande refusée\u00a0: ${c.serviceName} avec ${c.customerName}`,
          body: lines(
            `La demande de ${c.customerName} pour ${c.serviceName} avec ${c.staffName} a été refusée.`,
            `Date\u00a0: ${c.when}`,
            c.note && `Message\u00a0: ${c.note}`,
          ),
        },
  expired: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Demande expirée\u00a0: ${c.serviceName} chez ${c.businessName}`,
          body: lines(
            `Bonjour ${c.customerName},`,
            '',
            `Votre demande pour ${c.serviceName} n’a pas reçu de réponse à temps et le créneau a été libéré. Merci de choisir une autre date.`,
            `Date demandée\u00a0: ${c.when}`,
            '',
            `Cordialement,`,
            c.businessName,
          ),
        }
      : {
          subject: `Demande expirée\u00a0: ${c.serviceName} avec ${c.customerName}`,
          body: lines(
            `La demande de ${c.customerName} pour ${c.serviceName} avec ${c.staffName} n’a pas reçu de réponse à temps et a expiré.`,
            `Date\u00a0: ${c.when}`,
          ),
        },
  sms: (kind, c) => {
    switch (kind) {
      case 'confirmation':
        return `${c.businessName}\u00a0: votre rendez-vous ${c.serviceName} est confirmé le ${c.when}.`;
      case 'reschedule':
        return `${c.businessName}\u00a0: votre rendez-vous ${c.serviceName} est déplacé au ${c.when}.`;
      case 'cancellation':
        return `${c.businessName}\u00a0: votre rendez-vous ${c.serviceName} du ${c.when} est annulé.`;
      case 'reminder':
        return `${c.businessName}\u00a0: rappel, ${c.serviceName} le ${c.when}.`;
      case 'requested':
        return `${c.businessName}\u00a0: votre demande pour ${c.serviceName} le ${c.when} est reçue et attend une confirmation.`;
      case 'approved':
        return `${c.businessName}\u00a0: votre rendez-vous ${c.serviceName} est confirmé le ${c.when}.`;
      case 'declined':
        return `${c.businessName}\u00a0: votre demande pour ${c.serviceName} le ${c.when} a été refusée.`;
      case 'expired':
        return `${c.businessName}\u00a0: votre demande pour ${c.serviceName} le ${c.when} a expiré.`;
    }
  },
};
