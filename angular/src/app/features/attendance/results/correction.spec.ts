import { correctionProblem } from './correction';

describe('correctionProblem', () => {
  it('asks minutes that fit the status and a reason', () => {
    expect(correctionProblem('Late', 0, 0, '核实')).toBe('attendance.results.errors.minutesStatus');
    expect(correctionProblem('Present', 5, 0, '核实')).toBe('attendance.results.errors.minutesStatus');
    expect(correctionProblem('EarlyLeave', 0, 10, '核实')).toBeNull();
    expect(correctionProblem('Present', 0, 0, ' ')).toBe('attendance.results.errors.reason');
    expect(correctionProblem('Late', -1, 0, '核实')).toBe('attendance.results.errors.minutes');
    expect(correctionProblem('Late', 12, 0, '指纹机故障')).toBeNull();
  });
});
