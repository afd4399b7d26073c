'use strict';
/** A start-up problem the user can fix: its message is one line naming the problem and the fix. */
class DatabaseStartError extends Error {}

module.exports = { DatabaseStartError };
