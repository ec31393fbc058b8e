// The XER reader: tables, CRLF, truncation, Windows-1252, P6 calendars and the day a finish instant belongs to.
import { describe, expect, it } from 'vitest';
import { formatDay, parseDayDate } from '../../src/calendar/index.js';
import { decodeText } from '../../src/interchange/decode.js';
import { UnreadableInput } from '../../src/interchange/finding.js';
import { parseXerCalendar } from '../../src/interchange/xer/calendar.js';
import { finishDay, parseInstant } from '../../src/interchange/xer/instant.js';
import { cell, readXerTables } from '../../src/interchange/xer/tables.js';

const CAL_DATA = '(0||CalendarData()(\x7f\x7f  (0||DaysOfWeek()(\x7f\x7f    (0||1()())\x7f\x7f    (0||2()(\x7f\x7f      (0||0(s|08:00|f|12:00)())\x7f\x7f      (0||1(s|13:00|f|17:00)())))\x7f\x7f    (0||3()(\x7f\x7f      (0||0(s|08:00|f|12:00)())\x7f\x7f      (0||1(s|13:00|f|17:00)())))\x7f\x7f    (0||4()(\x7f\x7f      (0||0(f|12:00|s|08:00)())\x7f\x7f      (0||1(s|13:00|f|17:00)())))\x7f\x7f    (0||5()(\x7f\x7f      (0||0(s|08:00|f|12:00)())\x7f\x7f      (0||1(s|13:00|f|17:00)())))\x7f\x7f    (0||6()(\x7f\x7f      (0||0(s|08:00|f|12:00)())))\x7f\x7f    (0||7()())))\x7f\x7f  (0||VIEW(ShowTotal|Y)())\x7f\x7f  (0||Exceptions()(\x7f\x7f    (0||0(d|44557)())\x7f\x7f    (0||1(d|44562)(\x7f\x7f      (0||0(s|08:00|f|12:00)())))))))';

describe('readXerTables', () => {
  it('reads %T/%F/%R with CRLF line ends and keeps each row\'s line', () => {
    const xer = 'ERMHDR\t8.0\r\n%T\tTASK\r\n%F\ttask_id\ttask_code\r\n%R\t1\tA10\r\n%R\t2\tA20\r\n%E\r\n';
    const file = readXerTables(xer);
    const task = file.tables.get('TASK');
    expect(task?.rows.map((r) => [r.line, cell(task, r, 'task_code')])).toEqual([[4, 'A10'], [5, 'A20']]);
    expect(file.findings).toEqual([]);
  });

  it('tells where a file without %E was cut: its last line, its table, and whether inside the last row (importXerFile refuses it)', () => {
    const file = readXerTables('ERMHDR\t8.0\n%T\tTASK\n%F\ttask_id\ttask_code\ttask_name\n%R\t1\tA10\tOne\n%R\t2\tA2');
    expect([file.endsAt, file.cut]).toEqual([5, { table: 'TASK', isRowCut: true }]);
    const whole = readXerTables('ERMHDR\t8.0\n%T\tTASK\n%F\ttask_id\ttask_code\ttask_name\n%R\t1\tA10\tOne\n');
    expect([whole.endsAt, whole.cut]).toEqual([4, { table: 'TASK', isRowCut: false }]);
    expect(readXerTables('ERMHDR\t8.0\n%T\tTASK\n%F\ttask_id\n%R\t1\n%E\n').cut).toBeNull();
  });

  it('refuses text that is not XER', () => {
    expect(() => readXerTables('<Project/>')).toThrow(UnreadableInput);
    expect(() => readXerTables('')).toThrow(/ERMHDR/);
  });

  it('reports a stray line with its number and goes on', () => {
    const file = readXerTables('ERMHDR\nhello\n%T\tX\n%F\ta\n%R\t1\n%E\n');
    expect(file.findings).toEqual([expect.objectContaining({ line: 2 })]);
    expect(file.tables.get('X')?.rows).toHaveLength(1);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 as UTF-8 and anything else as Windows-1252', () => {
    expect(decodeText(new Uint8Array([0x6b, 0xc3, 0xa6, 0x72])).text).toBe('kær');
    expect(decodeText(new Uint8Array([0x6b, 0xe6, 0x72, 0x80])).text).toBe('kær€');
    expect(decodeText(new Uint8Array([0x6b, 0xe6])).encoding).toBe('windows-1252');
  });

  it('maps every one of the 256 bytes as Windows-1252 does (the five undefined bytes stay C1 controls)', () => {
    // Unicode's published mapping of cp1252's 0x80–0x9F (ftp.unicode.org MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT).
    const high = [
      0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
      0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
    ];
    const bytes = new Uint8Array(256).map((_, i) => i);
    bytes[0] = 0xff; // never valid UTF-8 as a whole: 0xff can start no sequence
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('windows-1252');
    expect(text.length).toBe(256);
    for (let b = 1; b < 256; b++) expect(text.charCodeAt(b), `byte 0x${b.toString(16)}`).toBe(b >= 0x80 && b <= 0x9f ? high[b - 0x80] : b);
  });
});

describe('parseXerCalendar', () => {
  const cal = parseXerCalendar('1', 'Standard', CAL_DATA, 8);

  it('reads the week from P6\'s 1 = Sunday numbering, periods in either order', () => {
    expect(cal.weekMinutes).toEqual([480, 480, 480, 480, 240, 0, 0]);
    expect(cal.dayMinutes).toBe(480);
    expect([cal.dayStartMinute, cal.dayEndMinute]).toEqual([480, 1020]);
  });

  it('reads exceptions as serial days from 1899-12-30, with their working minutes', () => {
    expect([...cal.exceptions].map(([d, m]) => [formatDay(d), m])).toEqual([['2021-12-27', 0], ['2022-01-01', 240]]);
  });

  it('assumes Monday–Friday of day_hr_cnt hours when the data is empty', () => {
    const empty = parseXerCalendar('2', 'Crew', '', 10);
    expect(empty.weekMinutes).toEqual([600, 600, 600, 600, 600, 0, 0]);
    expect(empty.isAssumed).toBe(true);
  });
});

describe('finishDay', () => {
  const cal = parseXerCalendar('1', 'Standard', CAL_DATA, 8);
  const at = (text: string): string => {
    const r = finishDay(cal, parseInstant(text) ?? { day: 0, minute: 0 });
    return `${formatDay(r.day)}${r.isWholeDay ? '' : ' (inside)'}`;
  };
  it('dates a finish at the end of the day that day, at the start of a day the working day before', () => {
    expect(at('2021-12-06 17:00')).toBe('2021-12-06');
    expect(at('2021-12-07 08:00')).toBe('2021-12-06');
    expect(at('2021-12-06 08:00')).toBe('2021-12-03');
    expect(at('2021-12-28 08:00')).toBe('2021-12-24');
    expect(at('2021-12-11 00:00')).toBe('2021-12-10');
    expect(at('2021-12-11 17:00')).toBe('2021-12-11');
  });
  it('marks a finish inside a working day', () => {
    expect(at('2021-12-06 12:00')).toBe('2021-12-06 (inside)');
  });
  it('parses P6 date-times and rejects dates that do not exist', () => {
    expect(parseInstant('2021-02-30 08:00')).toBeUndefined();
    expect(parseInstant('2021-12-06 17:30')).toEqual({ day: parseDayDate('2021-12-06'), minute: 17 * 60 + 30 });
  });
});
