// The smallest plan with a dependency, for tests of set and its options: w/B (2019-09-16) comes after w/A (2019-09-02),
// so a forecast for B before A's date introduces a dependency-order diagnostic.
export const TWO_MILESTONES = `plan: {id: w, title: W}
milestones:
  - id: A
    title: First
    date: 2019-09-02
  - id: B
    title: Second
    date: 2019-09-16
    after: [A]
`;
