// The format lists the program shows in help (cli/formats.ts) are the ones each command accepts.
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/cli/formats.js';
import { exportFormatNames } from '../../src/cli/commands/export.js';
import { ganttFormatNames } from '../../src/cli/commands/gantt.js';
import { roadmapFormatNames } from '../../src/cli/commands/roadmap.js';
import { criticalPathFormatNames } from '../../src/report/critical-path/index.js';
import { meetingsFormatNames } from '../../src/report/meetings/index.js';
import { slippageFormatNames } from '../../src/report/slippage/index.js';
import { validateFormatNames } from '../../src/report/validate/index.js';

describe('format lists', () => {
  it('match what each command accepts', () => {
    expect(FORMATS.validate).toEqual(validateFormatNames);
    expect(FORMATS['critical-path']).toEqual(criticalPathFormatNames);
    expect(FORMATS.meetings).toEqual(meetingsFormatNames);
    expect(FORMATS.gantt).toEqual(ganttFormatNames);
    expect(FORMATS.roadmap).toEqual(roadmapFormatNames);
    expect(FORMATS.slippage).toEqual(slippageFormatNames);
    expect(FORMATS.export).toEqual(exportFormatNames);
  });
});
