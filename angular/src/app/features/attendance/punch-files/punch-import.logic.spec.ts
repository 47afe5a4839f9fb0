import { toMappingInput } from './punch-mapping.logic';
import { isFinished, pollDelay, progressPercent, uploadForm } from './punch-import.logic';

describe('punch import logic', () => {
  it('Should_report_progress_from_lines_read_of_total', () => {
    expect(progressPercent({ status: 'Running', linesRead: 250, totalLines: 1000 })).toBe(25);
    expect(progressPercent({ status: 'Running', linesRead: 999, totalLines: 1000 })).toBe(99);
  });

  it('Should_be_indeterminate_while_the_total_is_unknown_and_full_once_finished', () => {
    expect(progressPercent({ status: 'Running', linesRead: 10, totalLines: null })).toBeNull();
    expect(progressPercent({ status: 'Queued', linesRead: 0, totalLines: null })).toBeNull();
    expect(progressPercent({ status: 'Failed', linesRead: 3, totalLines: 10 })).toBe(100);
    expect(isFinished({ status: 'Completed' })).toBe(true);
    expect(isFinished({ status: 'Running' })).toBe(false);
  });

  it('Should_send_the_device_only_when_picked', () => {
    const file = new File(['1\t2026-11-23 08:00:00'], 'ABC_attlog.dat');
    expect(uploadForm(file, null).has('deviceId')).toBe(false);
    expect(uploadForm(file, 'd1').get('deviceId')).toBe('d1');
    expect((uploadForm(file, null).get('file') as File).name).toBe('ABC_attlog.dat');
  });

  it('Should_poll_quickly_then_slower', () => {
    expect(pollDelay(0)).toBe(500);
    expect(pollDelay(10)).toBe(2000);
  });
});

describe('punch mapping form', () => {
  it('Should_leave_out_empty_optional_columns_and_trim', () => {
    const input = toMappingInput({
      model: ' ZK K40 ', delimiter: ';', headerRows: 1, userIdColumn: 3, timeColumn: 1, verifyModeColumn: null, stateColumn: 0,
      workCodeColumn: 5, serialColumn: null, timeFormat: ' yyyy/M/d H:mm ',
    });
    expect(input).toEqual({
      model: 'ZK K40', delimiter: ';', headerRows: 1, userIdColumn: 3, timeColumn: 1, verifyModeColumn: null, stateColumn: null,
      workCodeColumn: 5, serialColumn: null, timeFormat: 'yyyy/M/d H:mm',
    });
  });
});
