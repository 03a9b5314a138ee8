/**
 * The latest dates for each step after a council receives a request for an EHC needs
 * assessment. These are calendar weeks counted from the day of receipt: they are never moved
 * for weekends, bank holidays or school holidays (a common mistake is to count working days).
 */
import { IsoDate, addWeeks } from '../dates/calendarDate';
import { timescaleAmount } from './timescaleAmount';

export interface EhcRequestDeadlines {
  /** The day the council received the request. */
  received: IsoDate;
  /** Decide whether to carry out an EHC needs assessment (reg 5(1)). */
  decideWhetherToAssess: IsoDate;
  /** After assessing, tell the family if it will not issue a plan (reg 10(1)). */
  decideWhetherToIssuePlan: IsoDate;
  /** Issue the final EHC plan (reg 13(2)). */
  finalPlan: IsoDate;
}

export function computeEhcRequestDeadlines(received: IsoDate): EhcRequestDeadlines {
  return {
    received: addWeeks(received, 0), // validates the input
    decideWhetherToAssess: addWeeks(received, timescaleAmount('decideWhetherToAssess', 'weeks')),
    decideWhetherToIssuePlan: addWeeks(received, timescaleAmount('decideNotToIssuePlan', 'weeks')),
    finalPlan: addWeeks(received, timescaleAmount('finalPlan', 'weeks')),
  };
}
