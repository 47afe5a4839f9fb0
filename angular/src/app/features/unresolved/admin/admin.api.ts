import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../../proxy/api-configuration';

/** Receivers 承办单位 with their liaisons, and the guide duty roster, at /api/unresolved/receivers and /api/unresolved/roster. */
export type ReceiverKind = 'Department' | 'Township' | 'ConvenienceCentre';
export const RECEIVER_KINDS: ReceiverKind[] = ['Department', 'Township', 'ConvenienceCentre'];

export interface Liaison {
  userId?: string;
  userName: string;
  name: string;
  phone?: string | null;
}

export interface Receiver {
  id: string;
  kind: ReceiverKind;
  name: string;
  departmentId?: string | null;
  departmentName?: string | null;
  townshipHallId?: string | null;
  isActive: boolean;
  liaisons: Liaison[];
  version: number;
}

export interface ReceiverInput {
  kind: ReceiverKind;
  name: string;
  departmentId?: string | null;
  townshipHallId?: string | null;
  isActive: boolean;
  liaisons: Liaison[];
  version?: number;
}

export interface GuideDuty {
  date: string;
  staffId: string;
  staffName: string;
}

@Injectable({ providedIn: 'root' })
export class UnresolvedAdminApi {
  private readonly http = inject(HttpClient);
  private readonly root = `${inject(ApiConfiguration).rootUrl}/api/unresolved`;

  receivers(activeOnly = false): Promise<Receiver[]> {
    return firstValueFrom(this.http.get<Receiver[]>(`${this.root}/receivers`, { params: new HttpParams().set('ActiveOnly', activeOnly) }));
  }

  createReceiver(input: ReceiverInput): Promise<Receiver> {
    return firstValueFrom(this.http.post<Receiver>(`${this.root}/receivers`, input));
  }

  updateReceiver(id: string, input: ReceiverInput): Promise<Receiver> {
    return firstValueFrom(this.http.put<Receiver>(`${this.root}/receivers/${encodeURIComponent(id)}`, input));
  }

  roster(hallId: string, year: number, month: number): Promise<GuideDuty[]> {
    const params = new HttpParams().set('HallId', hallId).set('Year', year).set('Month', month);
    return firstValueFrom(this.http.get<GuideDuty[]>(`${this.root}/roster`, { params }));
  }

  setDuty(hallId: string, date: string, staffId: string | null): Promise<void> {
    return firstValueFrom(this.http.put<void>(`${this.root}/roster/${encodeURIComponent(hallId)}/${date}`, { staffId }));
  }
}
