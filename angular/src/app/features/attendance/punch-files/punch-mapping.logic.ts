import { SavePunchColumnMappingInput } from '../../../proxy/models';

export interface MappingFormValue {
  model: string;
  delimiter: string;
  headerRows: number;
  userIdColumn: number | null;
  timeColumn: number | null;
  verifyModeColumn: number | null;
  stateColumn: number | null;
  workCodeColumn: number | null;
  serialColumn: number | null;
  timeFormat: string;
}

/** The form's value as the API takes it: the model trimmed, optional columns left out when empty (0 or blank means none). */
export function toMappingInput(v: MappingFormValue): SavePunchColumnMappingInput {
  const optional = (n: number | null) => (n && n > 0 ? n : null);
  return {
    model: v.model.trim(),
    delimiter: v.delimiter,
    headerRows: v.headerRows,
    userIdColumn: v.userIdColumn ?? 1,
    timeColumn: v.timeColumn ?? 2,
    verifyModeColumn: optional(v.verifyModeColumn),
    stateColumn: optional(v.stateColumn),
    workCodeColumn: optional(v.workCodeColumn),
    serialColumn: optional(v.serialColumn),
    timeFormat: v.timeFormat.trim(),
  };
}
