import { attachmentProblem } from './inbox-rules';

describe('inbox rules', () => {
  it('Should_take_up_to_five_files_none_empty_none_over_ten_megabytes', () => {
    const file = (size: number) => ({ size });
    expect(attachmentProblem([])).toBeNull();
    expect(attachmentProblem([file(1), file(2), file(3), file(4), file(5)])).toBeNull();
    expect(attachmentProblem([file(1), file(2), file(3), file(4), file(5), file(6)])).toBe('tooMany');
    expect(attachmentProblem([file(0)])).toBe('empty');
    expect(attachmentProblem([file(10 * 1024 * 1024)])).toBeNull();
    expect(attachmentProblem([file(10 * 1024 * 1024 + 1)])).toBe('tooLarge');
  });
});
