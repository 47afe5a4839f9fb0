import { HttpClient, HttpEventType } from '@angular/common/http';
import { Observable, filter, map } from 'rxjs';

export type UploadEvent<T> = { progress: number } | { result: T };

/** Posts one file as multipart `file` and reports upload progress (the generated client has no progress events). */
export function uploadFile<T>(http: HttpClient, url: string, file: File): Observable<UploadEvent<T>> {
  const body = new FormData();
  body.append('file', file, file.name);
  return http.post<T>(url, body, { reportProgress: true, observe: 'events' }).pipe(
    filter((e) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.Response),
    map((e) =>
      e.type === HttpEventType.Response
        ? { result: e.body as T }
        : { progress: e.type === HttpEventType.UploadProgress && e.total ? Math.round((100 * e.loaded) / e.total) : 0 },
    ),
  );
}
