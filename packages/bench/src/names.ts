/** Row names of the contenders, shared by the suites, the targets and the report. */
export const contenderNames = {
  rawFetch: 'raw fetch + JSON.parse',
  rawFetchRequest: 'raw fetch(new Request) + JSON.parse',
  openapiFetch: 'bare openapi-fetch GET',
  axios: 'axios (fetch adapter)',
  getBackup: 'getBackup',
  getBackupValidated: 'getBackup, validateResponses: true',
} as const;
