import type { TLanguage } from '@srt/contracts';
import type { MailMessage } from '../mail/mail.service';

const APP_NAME = { en: 'Study Report Tracker', fr: 'Suivi du rapport d’étude' } as const;

export function invitationEmail(
  to: string,
  name: string,
  link: string,
  language: TLanguage,
  validDays: number,
): MailMessage {
  if (language === 'fr') {
    return {
      to,
      subject: `Invitation : ${APP_NAME.fr}`,
      text:
        `Bonjour ${name},\n\nUn compte a été créé pour vous. Choisissez votre mot de passe ici ` +
        `(lien valable ${validDays} jours, utilisable une seule fois) :\n\n${link}\n`,
    };
  }
  return {
    to,
    subject: `You are invited to the ${APP_NAME.en}`,
    text: `Hello ${name},\n\nAn account has been created for you. Choose your password here (the link works once, for ${validDays} days):\n\n${link}\n`,
  };
}

export function passwordResetEmail(
  to: string,
  name: string,
  link: string,
  language: TLanguage,
  validMinutes: number,
): MailMessage {
  if (language === 'fr') {
    return {
      to,
      subject: `Réinitialisation du mot de passe : ${APP_NAME.fr}`,
      text:
        `Bonjour ${name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien ` +
        `(valable ${validMinutes} minutes, utilisable une seule fois) :\n\n${link}\n\n` +
        'Si vous n’avez rien demandé, ignorez ce message.\n',
    };
  }
  return {
    to,
    subject: `Reset your ${APP_NAME.en} password`,
    text:
      `Hello ${name},\n\nTo choose a new password, open this link (it works once, for ${validMinutes} minutes):` +
      `\n\n${link}\n\nIf you did not ask for this, ignore this message.\n`,
  };
}
