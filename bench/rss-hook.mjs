// Preloaded into a benchmarked process: reports its peak resident memory (KiB) on exit. On Linux it reads VmHWM from
// /proc/self/status: getrusage's maxRSS survives execve, so a child of a large bench process reported the parent's
// size at fork (a validate of 1,000 milestones "peaked" at 699 MiB while the bench held a 100k export's output).
import { readFileSync } from 'node:fs';

function peakKiB() {
  try {
    const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // not Linux: getrusage below
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  process.stderr.write(`\nMILEPEL_BENCH_MAXRSS_KB=${peakKiB()}\n`);
});
