import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from './inbox.api';

export type AttachmentProblem = 'tooMany' | 'tooLarge' | 'empty';

/** Whether files may go with an answer: at most five, none empty, none over 10 MB. The first problem found, or null. */
export function attachmentProblem(files: Pick<File, 'size'>[]): AttachmentProblem | null {
  if (files.length > MAX_ATTACHMENTS) return 'tooMany';
  if (files.some((f) => f.size === 0)) return 'empty';
  if (files.some((f) => f.size > MAX_ATTACHMENT_BYTES)) return 'tooLarge';
  return null;
}
