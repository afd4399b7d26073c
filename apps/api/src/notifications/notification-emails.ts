import type { TLanguage, TNotificationKind } from '@srt/contracts';
import type { MailMessage } from '../mail/mail.service';

const WHAT: Record<TNotificationKind, Record<TLanguage, string>> = {
  SUBMITTED: { en: 'was submitted for review', fr: 'a été soumis pour examen' },
  RESUBMITTED: { en: 'was resubmitted after changes', fr: 'a été soumis de nouveau après modifications' },
  ASSIGNED: { en: 'is now in review', fr: 'est en cours d’examen' },
  CHANGES_REQUESTED: { en: 'needs changes', fr: 'doit être modifié' },
  ACCEPTED: { en: 'was accepted', fr: 'a été accepté' },
  REJECTED: { en: 'was rejected', fr: 'a été rejeté' },
  COMMENTED: { en: 'has a new comment', fr: 'a un nouveau commentaire' },
};

export interface NoticeLine {
  kind: TNotificationKind;
  reference: string;
  title: string;
  actor: string;
}

/** The stored, language-neutral summary of an event: "REC-0001 was accepted by Sam". */
export const summaryOf = (line: NoticeLine) => `${line.reference} ${WHAT[line.kind].en} (${line.actor})`;

const describe = (line: NoticeLine, language: TLanguage) =>
  `${line.reference} « ${line.title} » ${WHAT[line.kind][language]} — ${line.actor}`;

export function immediateEmail(
  to: string,
  language: TLanguage,
  line: NoticeLine,
  publicUrl: string,
  comment?: string | null,
): MailMessage {
  const link = `${publicUrl}/items/${line.reference}`;
  const quoted = comment ? `\n\n> ${comment.replace(/\n/g, '\n> ')}` : '';
  return {
    to,
    subject: `${line.reference} ${WHAT[line.kind][language]}`,
    text: `${describe(line, language)}${quoted}\n\n${link}\n`,
  };
}

/** One email for the day, grouped by item. */
export function digestEmail(to: string, language: TLanguage, lines: NoticeLine[], publicUrl: string): MailMessage {
  const byItem = new Map<string, NoticeLine[]>();
  for (const line of lines) byItem.set(line.reference, [...(byItem.get(line.reference) ?? []), line]);
  const sections = [...byItem.entries()].map(([reference, events]) =>
    [
      `${reference} — ${events[0].title}`,
      ...events.map((event) => `  • ${WHAT[event.kind][language]} (${event.actor})`),
      `  ${publicUrl}/items/${reference}`,
    ].join('\n'),
  );
  return {
    to,
    subject:
      language === 'fr'
        ? `Résumé du jour : ${lines.length} notification(s)`
        : `Your daily digest: ${lines.length} notification(s)`,
    text: `${sections.join('\n\n')}\n`,
  };
}
