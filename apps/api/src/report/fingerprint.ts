import { createHash } from 'node:crypto';

/** What a trace link remembers of its section: a change of title or text makes the link suspect. */
export const sectionFingerprint = (section: { title: string; intro: string }) =>
  createHash('sha256').update(`${section.title}\n${section.intro}`).digest('hex');
