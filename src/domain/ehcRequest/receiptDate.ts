/**
 * The day the council receives the request, which is when the clock starts (SEN and
 * Disability Regulations 2014, reg 5(1)). By email or by hand that is the day it is sent. By
 * post it is the day the letter arrives, which we cannot know in advance: we count from the
 * posting date, say so plainly, and use the delivery date once the family has it.
 */
import { IsoDate, compareDates, formatLongDate } from '../dates/calendarDate';
import type { Choice } from './choices';

export const SEND_METHODS = ['email', 'hand', 'post'] as const;

export type SendMethod = (typeof SEND_METHODS)[number];

export const SEND_METHOD_CHOICES: ReadonlyArray<Choice<SendMethod>> = [
  { value: 'email', label: 'By email (you keep a dated copy)' },
  { value: 'hand', label: 'By hand, at a council office' },
  { value: 'post', label: 'By post' },
];

export interface ExpectedReceipt {
  /** The day to count the council's deadlines from. */
  readonly received: IsoDate;
  /**
   * False when we could only count from the posting date: the council's real deadlines are
   * then a little later than the ones shown.
   */
  readonly exact: boolean;
  /** What this means and how to keep proof, in plain English. */
  readonly note: string;
}

/**
 * @param deliveredOn for post: the delivery date from a recorded or signed-for service, when
 *   the family knows it. It must not be before the posting date.
 */
export function expectedReceipt(sendMethod: SendMethod, sendDate: IsoDate, deliveredOn?: IsoDate): ExpectedReceipt {
  const sent = formatLongDate(sendDate);
  switch (sendMethod) {
    case 'email':
      return {
        received: sendDate,
        exact: true,
        note: `By email, the council gets your request the day you send it, so the clock starts on ${sent}. Keep a copy of the sent email. You can also ask for a read receipt. If you can, send it on a weekday, so no one can argue about the date.`,
      };
    case 'hand':
      return {
        received: sendDate,
        exact: true,
        note: `By hand, the council gets your request the day you hand it in, so the clock starts on ${sent}. Ask for a receipt with the date on it, or ask staff to date-stamp your own copy.`,
      };
    case 'post': {
      if (deliveredOn !== undefined) {
        if (compareDates(deliveredOn, sendDate) < 0) {
          throw new RangeError(`The delivery date ${deliveredOn} is before the posting date ${sendDate}`);
        }
        return {
          received: deliveredOn,
          exact: true,
          note: `Your letter was delivered on ${formatLongDate(deliveredOn)}, so the clock starts that day. Keep the proof of delivery.`,
        };
      }
      return {
        received: sendDate,
        exact: false,
        note: `By post, the clock starts on the day the council receives your letter, not the day you post it. I have counted from ${sent}, so the real dates will be a little later. Use recorded or signed-for delivery: it shows the delivery date, and you can count from that. Or email it as well and keep a copy.`,
      };
    }
  }
}
