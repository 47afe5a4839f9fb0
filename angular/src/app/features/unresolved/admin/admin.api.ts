import { Injectable, inject } from '@angular/core';
import { Api } from '../../../proxy/api';
import { createUnresolvedReceiver } from '../../../proxy/fn/unresolved-receivers/create-unresolved-receiver';
import { listUnresolvedReceivers } from '../../../proxy/fn/unresolved-receivers/list-unresolved-receivers';
import { updateUnresolvedReceiver } from '../../../proxy/fn/unresolved-receivers/update-unresolved-receiver';
import { getUnresolvedRoster } from '../../../proxy/fn/unresolved-roster/get-unresolved-roster';
import { saveUnresolvedRoster } from '../../../proxy/fn/unresolved-roster/save-unresolved-roster';
import type {
  GuideDutyDto, LiaisonDto, ReceiverDto, ReceiverKind, RosterDayInput, RosterMonthDto, SaveReceiverInput,
} from '../../../proxy/models';

/** Receivers 承办单位 with their liaisons, and the guide duty roster, at /api/unresolved/receivers and /roster, on the generated client. */
export type { GuideDutyDto, LiaisonDto, ReceiverDto, ReceiverKind, RosterMonthDto, SaveReceiverInput };

export const RECEIVER_KINDS: ReceiverKind[] = ['Department', 'Township', 'ConvenienceCentre'];

@Injectable({ providedIn: 'root' })
export class UnresolvedAdminApi {
  private readonly api = inject(Api);

  receivers(activeOnly = false): Promise<ReceiverDto[]> {
    return this.api.invoke(listUnresolvedReceivers, { activeOnly });
  }

  createReceiver(input: SaveReceiverInput): Promise<ReceiverDto> {
    return this.api.invoke(createUnresolvedReceiver, { body: input });
  }

  updateReceiver(id: string, input: SaveReceiverInput): Promise<ReceiverDto> {
    return this.api.invoke(updateUnresolvedReceiver, { id, body: input });
  }

  roster(hallId: string, year: number, month: number): Promise<RosterMonthDto> {
    return this.api.invoke(getUnresolvedRoster, { HallId: hallId, Year: year, Month: month });
  }

  /** Sets (or, with no staff, clears) days of a hall's month; the other days stay as they are. */
  saveRoster(hallId: string, year: number, month: number, days: RosterDayInput[]): Promise<RosterMonthDto> {
    return this.api.invoke(saveUnresolvedRoster, { body: { hallId, year, month, days } });
  }
}
