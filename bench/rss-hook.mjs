// Preloaded into a benchmarked process: reports its peak resident memory (KiB) on exit.
process.on('exit', () => {
  process.stderr.write(`\nMILEPEL_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
