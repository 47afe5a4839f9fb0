import { HttpErrorResponse } from '@angular/common/http';

export interface ProblemRow {
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  code?: string | null;
  message: string;
}

/** An RFC 9457 problem as the server sends it; the title is already in the caller's language. */
export interface Problem {
  status: number;
  title: string;
  code?: string;
  traceId?: string;
  errors?: Record<string, string[]>;
  rows?: ProblemRow[];
}

/** Turns whatever an API call threw into a Problem; null title means "use the generic message". */
export function toProblem(err: unknown): Problem {
  if (err instanceof HttpErrorResponse) {
    const body = typeof err.error === 'string' ? safeJson(err.error) : err.error;
    if (body && typeof body === 'object' && typeof body.title === 'string') {
      return {
        status: err.status,
        title: body.title,
        code: body.code,
        traceId: body.traceId,
        errors: body.errors ?? undefined,
        rows: Array.isArray(body.rows) ? body.rows : undefined,
      };
    }
    return { status: err.status, title: '' };
  }
  return { status: 0, title: '' };
}

/** The field messages as one flat list ("code: … is required"). */
export function fieldMessages(p: Problem): string[] {
  return Object.values(p.errors ?? {}).flat();
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
