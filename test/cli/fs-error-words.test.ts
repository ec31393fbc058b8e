// File-system errors a user can act on, in words (tester round 32 F7: a bind-mounted plan's EBUSY was shown as the bare
// code, and so were EFBIG and ENAMETOOLONG).
import { describe, expect, it } from 'vitest';
import { describeFsError } from '../../src/cli/fs-error.js';
import { renderMessage } from '../../src/messages/index.js';

const words = (code: string, locale: 'en' | 'nb' = 'en'): string => renderMessage(describeFsError(Object.assign(new Error(code), { code })), locale);

describe('a file-system error', () => {
  it('is said in words, with what to do where there is something', () => {
    expect(words('EBUSY')).toBe("the file is busy or a mount point: a file mounted on its own (a container's bind mount) cannot be replaced; mount its folder instead");
    expect(words('EFBIG')).toBe("the file would pass the largest size allowed (ulimit -f or the file system's)");
    expect(words('ENAMETOOLONG')).toBe('the name is too long for the file system');
    expect(words('EBUSY', 'nb')).toBe('filen er opptatt eller et monteringspunkt: en fil som er montert alene (en containers bind mount), kan ikke erstattes; monter mappen i stedet');
  });
});
