import { downloadLessonFile } from '../../proxy/fn/courses/download-lesson-file';

/** Where a lesson's file is downloaded (the generated client has the path template, not a plain URL for a link). */
export function lessonFileUrl(courseId: string, lessonId: string, attachmentId: string): string {
  return downloadLessonFile.PATH.replace('{id}', courseId).replace('{lessonId}', lessonId).replace('{attachmentId}', attachmentId);
}

/** A file size as people read it: 12 KB, 3.4 MB. */
export function fileSizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
