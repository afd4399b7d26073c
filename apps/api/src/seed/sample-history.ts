import { TRANSITIONS, type TItemStatus, type TWorkflowAction } from '@srt/contracts';
import type { SampleItem, SampleTime } from './sample-items';

const DAY = 86_400_000;

/** Who did something to a sample item: its author, or the Secretariat's reviewer. */
export type SampleActor = 'author' | 'secretariat';

export interface SampleEvent {
  action: TWorkflowAction;
  from: TItemStatus;
  to: TItemStatus;
  at: Date;
  by: SampleActor;
  comment: string | null;
  /** An assignment names the Secretariat's reviewer. */
  assignsReviewer: boolean;
  duplicateOf?: number;
}

/** An item's story resolved to times, and the columns its transitions would have left on the row. */
export interface SampleTimeline {
  createdAt: Date;
  events: SampleEvent[];
  /** The edit that saved the current content over `firstDraft`, when there was one. */
  edit: { at: Date; by: SampleActor } | null;
  comments: { at: Date; by: string; body: string; internal: boolean }[];
  row: {
    status: TItemStatus;
    statusChangedAt: Date;
    updatedAt: Date;
    submittedAt: Date | null;
    decidedAt: Date | null;
    version: number;
    reviewed: boolean;
  };
}

const UTC_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

/** A sample time as a Date: an absolute UTC time, or days before `now`'s UTC day. */
export function sampleTime(time: SampleTime, now: Date): Date {
  if (typeof time === 'string') {
    if (!UTC_TIME.test(time)) throw new Error(`"${time}" is not a "YYYY-MM-DD HH:MM" time`);
    return new Date(`${time.replace(' ', 'T')}:00Z`);
  }
  if (!Number.isInteger(time.daysAgo) || time.daysAgo < 1) throw new Error('daysAgo must be a whole number ≥ 1');
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(`${new Date(today - time.daysAgo * DAY).toISOString().slice(0, 10)}T${time.at}:00Z`);
}

/** The meeting an item came from, as the seed stored it (dates at midnight UTC). */
export interface SampleMeeting {
  startDate: Date;
  endDate: Date | null;
}

/**
 * Replays an item's story through the workflow of SPEC §3 and says what the database holds after
 * it. A story that the application could not have produced (an illegal transition, a missing
 * comment, an author editing outside DRAFT and CHANGES_REQUESTED, times out of order or in the
 * future, a submission before the end of the meeting it came from) fails here, naming the item.
 */
export function resolveTimeline(
  sample: SampleItem,
  options: { now: Date; meeting?: SampleMeeting; authorIsSecretariat: boolean },
): SampleTimeline {
  const fail = (problem: string): never => {
    throw new Error(`Sample item "${sample.title}": ${problem}`);
  };
  const at = (time: SampleTime) => {
    try {
      return sampleTime(time, options.now);
    } catch (error) {
      return fail((error as Error).message);
    }
  };
  const createdAt = at(sample.created);
  if (options.meeting && createdAt < options.meeting.startDate) fail('written before its meeting began');
  const meetingOver = options.meeting ? (options.meeting.endDate ?? options.meeting.startDate).getTime() + DAY : 0;

  let status: TItemStatus = 'DRAFT';
  let last = createdAt;
  const events: SampleEvent[] = [];
  let edit: SampleTimeline['edit'] = null;
  const row = {
    statusChangedAt: createdAt,
    submittedAt: null as Date | null,
    decidedAt: null as Date | null,
    version: 1,
    reviewed: false,
  };
  for (const step of sample.history ?? []) {
    const when = at(step.on);
    if (when <= last) fail(`${JSON.stringify(step.on)} is not after the step before it`);
    last = when;
    row.version += 1;
    if ('edit' in step) {
      if (edit) fail('the sample holds two versions of an item, so it can be edited once');
      // SPEC §3: an author edits in DRAFT or CHANGES_REQUESTED, the Secretariat any non-draft item.
      const byStaff = status !== 'DRAFT';
      const byAuthor = status === 'DRAFT' || status === 'CHANGES_REQUESTED' || (options.authorIsSecretariat && byStaff);
      const allowed = step.edit === 'author' ? byAuthor : byStaff;
      if (!allowed) fail(`the ${step.edit} cannot edit it while it is ${status}`);
      edit = { at: when, by: step.edit };
      continue;
    }
    const rule = TRANSITIONS[step.action];
    if (!rule.from.includes(status)) fail(`"${step.action}" is not possible from ${status}`);
    if (rule.commentRequired && !step.comment) fail(`"${step.action}" needs a comment`);
    if (step.duplicateOf !== undefined && step.action !== 'reject') fail('only a rejection names a duplicate');
    if (step.action === 'submit' && when.getTime() < meetingOver) fail('submitted before its meeting was over');
    events.push({
      action: step.action,
      from: status,
      to: rule.to,
      at: when,
      by: rule.by,
      comment: step.comment ?? null,
      assignsReviewer: step.action === 'assign',
      duplicateOf: step.duplicateOf,
    });
    status = rule.to;
    row.statusChangedAt = when;
    if (step.action === 'assign') row.reviewed = true;
    if (step.action === 'submit' || step.action === 'resubmit') row.submittedAt = when;
    if (step.action === 'accept' || step.action === 'reject') row.decidedAt = when;
    if (step.action === 'reopen') row.decidedAt = null;
  }
  if (status !== sample.status) fail(`its story ends in ${status}, not ${sample.status}`);
  if (Boolean(edit) !== Boolean(sample.firstDraft)) fail('an edit step and a first draft go together');

  const comments = (sample.comments ?? []).map((comment) => {
    const when = at(comment.on);
    const firstSubmission = events.find((event) => event.action === 'submit')?.at;
    const ownItem = comment.by === sample.author;
    if (when <= createdAt || (!ownItem && (!firstSubmission || when <= firstSubmission)))
      fail(`a comment of ${comment.by} comes before it could see the item`);
    return { at: when, by: comment.by, body: comment.body, internal: comment.internal ?? false };
  });
  const latest = [last, ...comments.map((comment) => comment.at)].reduce((a, b) => (a > b ? a : b));
  if (latest >= options.now) fail('its story reaches into the future');
  return { createdAt, events, edit, comments, row: { ...row, status, updatedAt: last } };
}
