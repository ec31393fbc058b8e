// The ids of the schedule health checks (SPEC §13), in the order the scorecard lists them.

export const HEALTH_CHECK_IDS = [
  'logic', 'leads', 'lags', 'hard-dates', 'high-float', 'negative-float', 'invalid-dates', 'missed', 'critical-path-test', 'cpli', 'bei',
] as const;

export type HealthCheckId = (typeof HEALTH_CHECK_IDS)[number];
