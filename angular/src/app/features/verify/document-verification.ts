import { HttpErrorResponse } from '@angular/common/http';
import { Api } from '../../proxy/api';
import { verifyDocument as verifyDocumentFn } from '../../proxy/fn/verification/verify-document';
import { DocumentVerificationDto } from '../../proxy/models';

/** What the public API says of a document (a bulletin; later a dossier): no personal data. */
export type DocumentVerification = DocumentVerificationDto;

/** Asks the public document API; a 404 (no document with this code, or a server without documents) is "not found" too. */
export async function verifyDocument(api: Api, code: string): Promise<DocumentVerification> {
  try {
    return await api.invoke(verifyDocumentFn, { code });
  } catch (e) {
    if (e instanceof HttpErrorResponse && e.status === 404) return { found: false };
    throw e;
  }
}
