import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../../proxy/api-configuration';

/** Receivers 承办单位 with their liaisons, and the guide duty roster, at /api/unresolved/receivers and /api/unresolved/roster. */
import type { ReceiverKind } from '../cases/cases.api';

export type { ReceiverKind };
export const RECEIVER_KINDS: ReceiverKind[] = ['Department', 'Township', 'ConvenienceCentre'];

/** A liaison 联络员 of a receiver: a sign-in account (its user name), their name and phone. */
export interface LiaisonDto {
  userId: string;
  userName: string;
  name: string;
  phone: string | null;
}

export interface ReceiverDto {
  id: string;
  kind: ReceiverKind;
  name: string;
  departmentId: string | null;
  departmentName: string | null;
  townshipHallId: string | null;
  townshipHallName: string | null;
  isActive: boolean;
  liaisons: LiaisonDto[];
  version: number;
}

/** A receiver as a whole; its liaisons are replaced by the list given (each the user name of an existing account). */
export interface SaveReceiverInput {
  kind: ReceiverKind;
  name: string;
  departmentId: string | null;
  townshipHallId: string | null;
  isActive: boolean;
  liaisons: { userName: string; name: string; phone: string | null }[];
  version: number;
}

export interface GuideDutyDto {
  date: string;
  staffId: string;
  staffName: string;
}

/** A hall's roster for a month: the days with a guide, and the month's working days. */
export interface RosterMonthDto {
  hallId: string;
  year: number;
  month: number;
  days: GuideDutyDto[];
  workingDays: string[];
}

@Injectable({ providedIn: 'root' })
export class UnresolvedAdminApi {
  private readonly http = inject(HttpClient);
  private readonly root = `${inject(ApiConfiguration).rootUrl}/api/unresolved`;

  receivers(activeOnly = false): Promise<ReceiverDto[]> {
    return firstValueFrom(this.http.get<ReceiverDto[]>(`${this.root}/receivers`, { params: new HttpParams().set('ActiveOnly', activeOnly) }));
  }

  createReceiver(input: SaveReceiverInput): Promise<ReceiverDto> {
    return firstValueFrom(this.http.post<ReceiverDto>(`${this.root}/receivers`, input));
  }

  updateReceiver(id: string, input: SaveReceiverInput): Promise<ReceiverDto> {
    return firstValueFrom(this.http.put<ReceiverDto>(`${this.root}/receivers/${encodeURIComponent(id)}`, input));
  }

  roster(hallId: string, year: number, month: number): Promise<RosterMonthDto> {
    const params = new HttpParams().set('HallId', hallId).set('Year', year).set('Month', month);
    return firstValueFrom(this.http.get<RosterMonthDto>(`${this.root}/roster`, { params }));
  }

  /** Sets (or, with no staff, clears) days of a hall's month; the other days stay as they are. */
  saveRoster(hallId: string, year: number, month: number, days: { date: string; staffId: string | null }[]): Promise<RosterMonthDto> {
    return firstValueFrom(this.http.put<RosterMonthDto>(`${this.root}/roster`, { hallId, year, month, days }));
  }
}
