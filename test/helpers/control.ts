// Characters no plan text may carry to a terminal.

/** Control characters other than the line feed: none may reach a terminal from plan text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
