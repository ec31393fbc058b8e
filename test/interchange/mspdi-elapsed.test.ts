// MSPDI DurationFormat: elapsed formats (ed, ew, eh, … and their estimated variants) are calendar time, read as
// milepel's `ed` / `ew` (SPEC §2), never as the calendar's working days.
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { importMspdi } from '../../src/interchange/mspdi/index.js';

const week = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>${d === 1 || d === 7 ? 0 : 1}</DayWorking>${d === 1 || d === 7 ? '' : '<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>'}</WeekDay>`).join('\n');

/** One task per [duration, format], each finishing 2020-03-31 with that as its baseline too. */
function file(tasks: readonly (readonly [string, string])[], minutesPerWeek = ''): string {
  const body = tasks.map(([duration, format], i) => `<Task><UID>${i + 1}</UID><ID>${i + 1}</ID><Name>T${i + 1}</Name><Finish>2020-03-31T17:00:00</Finish><Duration>${duration}</Duration><DurationFormat>${format}</DurationFormat><Baseline><Number>0</Number><Finish>2020-03-31T17:00:00</Finish></Baseline></Task>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>E.xml</Name><ScheduleFromStart>1</ScheduleFromStart><CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>${minutesPerWeek === '' ? '' : `<MinutesPerWeek>${minutesPerWeek}</MinutesPerWeek>`}
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>
${week}
</WeekDays></Calendar></Calendars>
<Tasks>
${body}
</Tasks></Project>
`;
}

const durations = (xml: string): (string | undefined)[] => (importMspdi(xml, {}).plans[0]?.milestones ?? []).map((m) => (m.durationDays === undefined ? undefined : `${m.durationDays}${m.durationUnit ?? 'd'}`));

describe('MSPDI DurationFormat', () => {
  it('reads elapsed days and weeks as 24-hour days: 720 h in format 8 is 30ed, 336 h in format 10 is 2ew', () => {
    const xml = file([['PT720H0M0S', '8'], ['PT336H0M0S', '10'], ['PT240H0M0S', '10'], ['PT72H0M0S', '6'], ['PT48H0M0S', '4'], ['PT720H0M0S', '12']]);
    // 240 h in elapsed weeks is 10 days, no whole number of weeks: written as the days it spans.
    expect(durations(xml)).toEqual(['30ed', '2ew', '10ed', '3ed', '2ed', '30ed']);
    expect(importMspdi(xml, {}).findings).toEqual([]);
  });

  it('reads the estimated variants (code + 32) as their plain formats', () => {
    expect(durations(file([['PT720H0M0S', '40'], ['PT336H0M0S', '42'], ['PT40H0M0S', '39']]))).toEqual(['30ed', '2ew', '5d']);
  });

  it('keeps working formats in working days of the project (80 h in days is 10d, in weeks 2w), and no format as days', () => {
    // Format 9 (weeks, estimated 41): whole 5-day weeks stay weeks, milepel's `w`; 56 h is 7 days, no whole week.
    expect(durations(file([['PT80H0M0S', '9'], ['PT80H0M0S', '7'], ['PT80H0M0S', ''], ['PT120H0M0S', '41'], ['PT56H0M0S', '9']]))).toEqual(['2w', '10d', '10d', '3w', '7d']);
  });

  it('keeps days when the project\'s week is not 5 working days (MinutesPerWeek 2880: a week of 6 days)', () => {
    expect(durations(file([['PT80H0M0S', '9']], '2880'))).toEqual(['10d']);
    expect(durations(file([['PT80H0M0S', '9']], '2400'))).toEqual(['2w']);
  });

  it('reports an elapsed duration that is no whole number of days, rounded to elapsed days', () => {
    const r = importMspdi(file([['PT732H0M0S', '8'], ['PT348H0M0S', '10']]), {});
    expect(r.plans[0]?.milestones.map((m) => `${m.durationDays}${m.durationUnit ?? 'd'}`)).toEqual(['31ed', '15ed']);
    expect(r.findings.map((f) => `${f.kind} ${f.topic}: ${renderMessage(f.message, 'en')}`)).toEqual([
      'approximated hours: 1: duration PT732H0M0S is 30.5 calendar days; rounded to 31ed',
      'approximated hours: 2: duration PT348H0M0S is 14.5 calendar days; rounded to 15ed',
    ]);
    expect(renderMessage(r.findings[0]!.message, 'nb')).toBe('1: varigheten PT732H0M0S er 30,5 kalenderdager; avrundet til 31ed');
  });

  it('cuts an elapsed duration longer than the plan file holds to 99999ed and says so', () => {
    const r = importMspdi(file([['PT2400000H0M0S', '8']]), {});
    expect(r.plans[0]?.milestones.map((m) => `${m.durationDays}${m.durationUnit ?? 'd'}`)).toEqual(['99999ed']);
    expect(r.findings.map((f) => renderMessage(f.message, 'en'))).toEqual(["1: duration 2400000 h is longer than milepel's 99999 days; cut to 99999ed"]);
  });
});

describe('MSPDI task on a calendar that works every day', () => {
  it('writes its working days as calendar days (40 h is 5ed), and still says the calendar differs', () => {
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`).join('');
    const xml = file([['PT40H0M0S', '7'], ['PT40H0M0S', '7']])
      .replace('</Calendar></Calendars>', `</Calendar><Calendar><UID>2</UID><Name>Every day</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${everyDay}</WeekDays></Calendar></Calendars>`)
      .replace('<Name>T1</Name>', '<Name>T1</Name><CalendarUID>2</CalendarUID>');
    const r = importMspdi(xml, {});
    // T1, on the every-day calendar, spans 5 calendar days; T2, on the project's Monday–Friday one, 5 working days.
    expect(durations(xml)).toEqual(['5ed', '5d']);
    expect(r.findings.map((f) => renderMessage(f.message, 'en'))).toEqual([
      '1: on calendar "Every day", not the plan\'s "Standard": a calendar that works every day, so its duration is written in calendar days (ed); its float is counted in the plan\'s working days',
    ]);
  });
});
