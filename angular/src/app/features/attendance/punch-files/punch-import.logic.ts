import { PunchImportDto } from '../../../proxy/models';

/** The import is done (completed or failed): polling stops. */
export function isFinished(i: Pick<PunchImportDto, 'status'> | null): boolean {
  return i?.status === 'Completed' || i?.status === 'Failed';
}

/**
 * How far the job is, 0–100, from lines read of total; null while the total is unknown (an .xlsx is counted as it is
 * read), so the bar runs indeterminate. A finished import is 100.
 */
export function progressPercent(i: Pick<PunchImportDto, 'status' | 'linesRead' | 'totalLines'> | null): number | null {
  if (!i) return null;
  if (isFinished(i)) return 100;
  if (!i.totalLines) return null;
  return Math.min(100, Math.floor((100 * i.linesRead) / i.totalLines));
}

/** The upload's form: the file, and the device when the user picked one (else the server reads it from the name or a serial column). */
export function uploadForm(file: File, deviceId: string | null): FormData {
  const body = new FormData();
  body.append('file', file, file.name);
  if (deviceId) body.append('deviceId', deviceId);
  return body;
}

/** Polling interval: quick at first, then every two seconds for a long file. */
export function pollDelay(attempt: number): number {
  return attempt < 5 ? 500 : 2000;
}
