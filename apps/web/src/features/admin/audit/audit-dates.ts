/** The first and last instant of a calendar day in the user's time zone, as the API's ISO date-times. */
export const startOfDay = (date: string) => new Date(`${date}T00:00:00`).toISOString();
export const endOfDay = (date: string) => new Date(`${date}T23:59:59.999`).toISOString();
