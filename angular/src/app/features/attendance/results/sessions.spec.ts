import { fromDtos, sessionsProblem, toDtos } from './sessions';

describe('timetable sessions', () => {
  it('round-trips the server times', () => {
    const rows = fromDtos([{ name: '上午', start: '09:00:00', end: '12:00:00' }]);
    expect(rows).toEqual([{ name: '上午', start: '09:00', end: '12:00' }]);
    expect(toDtos(rows)).toEqual([{ name: '上午', start: '09:00:00', end: '12:00:00' }]);
  });

  it('finds reversed, overlapping and missing sessions', () => {
    expect(sessionsProblem([])?.key).toBe('attendance.results.errors.noSessions');
    expect(sessionsProblem([{ name: '上午', start: '12:00', end: '09:00' }])?.key).toBe('attendance.results.errors.reversed');
    expect(sessionsProblem([
      { name: '下午', start: '11:30', end: '17:00' },
      { name: '上午', start: '09:00', end: '12:00' },
    ])).toEqual({ key: 'attendance.results.errors.overlap', args: { a: '上午', b: '下午' } });
    expect(sessionsProblem([
      { name: '上午', start: '09:00', end: '12:00' },
      { name: '下午', start: '13:30', end: '17:00' },
    ])).toBeNull();
  });
});
