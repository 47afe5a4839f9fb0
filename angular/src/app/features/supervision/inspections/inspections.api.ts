import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../../../proxy/api';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import { addSupervisionFindingPhoto$FormData } from '../../../proxy/fn/supervision-findings/add-supervision-finding-photo-form-data';
import { recordSupervisionFinding } from '../../../proxy/fn/supervision-findings/record-supervision-finding';
import { addSupervisionImprovement } from '../../../proxy/fn/supervision-inspections/add-supervision-improvement';
import { createSupervisionInspection } from '../../../proxy/fn/supervision-inspections/create-supervision-inspection';
import { getSupervisionInspection } from '../../../proxy/fn/supervision-inspections/get-supervision-inspection';
import { getSupervisionTargets } from '../../../proxy/fn/supervision-inspections/get-supervision-targets';
import { listSupervisionInspections } from '../../../proxy/fn/supervision-inspections/list-supervision-inspections';
import { saveSupervisionWalkSteps } from '../../../proxy/fn/supervision-inspections/save-supervision-walk-steps';
import type {
  AddImprovementInput, BackwardSource, CreateInspectionInput, FindingDto, InspectionDto, InspectionKind, InspectionLedgerItemDto, InspectionPlaceDto,
  InspectionPlaceInput, InspectionSummaryDto, InspectorDto, RecordFindingInput, StepChannel, TargetPersonDto, TargetUnitDto, TargetWindowDto,
  TargetsDto, WalkMode, WalkStepDto, WalkStepInput,
} from '../../../proxy/models';
import type { Page } from '../../../shared/server-table';
import type { Paging } from '../findings/findings.api';

/**
 * Inspections and walk-throughs at /api/supervision/inspections, the phone entry's pick list (/api/supervision/targets)
 * and recording a finding with its photos, on the generated client. The photo upload is the one call made here: it
 * sends a Blob kept in IndexedDB under its own name (the generated form takes a File-typed body).
 */
export type {
  AddImprovementInput, BackwardSource, CreateInspectionInput, InspectionDto, InspectionPlaceInput, InspectionLedgerItemDto, InspectionPlaceDto, InspectionSummaryDto,
  InspectorDto, StepChannel, TargetPersonDto, TargetUnitDto, TargetWindowDto, TargetsDto, WalkMode, WalkStepDto, WalkStepInput,
};

export const WALK_MODES: WalkMode[] = ['Apply', 'OnBehalf', 'Accompany', 'SitIn', 'Backward'];
export const BACKWARD_SOURCES: BackwardSource[] = ['BadRating', 'Hotline12345'];
export const STEP_CHANNELS: StepChannel[] = ['Hall', 'Online'];

/** SupervisionConsts. */
export const MAX_TITLE_LENGTH = 200;
export const MAX_SOURCE_REFERENCE_LENGTH = 64;
export const MAX_STEPS = 50;
export const MAX_PLACES = 100;
export const MAX_INSPECTORS = 20;
export const MAX_PHOTOS = 6;
export const MAX_STEP_MINUTES = 60 * 24 * 30;

export interface InspectionFilters {
  hallId?: string;
  kind?: InspectionKind;
  from?: string;
  to?: string;
  mine?: boolean;
}

/** RecordFindingInput through the quick path: the caller's inspection of that kind, day and hall (made when missing). */
export type RecordFindingBody = RecordFindingInput & { inspection: { kind: InspectionKind; date: string; hallId: string }; clientKey: string };

@Injectable({ providedIn: 'root' })
export class InspectionsApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;

  list(f: InspectionFilters, p: Paging): Promise<Page<InspectionSummaryDto>> {
    return this.api.invoke(listSupervisionInspections, {
      HallId: f.hallId, Kind: f.kind, From: f.from, To: f.to, Mine: f.mine || undefined, SkipCount: p.skip, MaxResultCount: p.take, Sorting: p.sorting,
    });
  }

  get(id: string): Promise<InspectionDto> {
    return this.api.invoke(getSupervisionInspection, { id });
  }

  create(body: CreateInspectionInput): Promise<InspectionDto> {
    return this.api.invoke(createSupervisionInspection, { body });
  }

  saveSteps(id: string, version: number, steps: WalkStepInput[]): Promise<InspectionDto> {
    return this.api.invoke(saveSupervisionWalkSteps, { id, body: { version, steps } });
  }

  addImprovement(id: string, body: AddImprovementInput): Promise<InspectionLedgerItemDto> {
    return this.api.invoke(addSupervisionImprovement, { id, body });
  }

  targets(hallId: string): Promise<TargetsDto> {
    return this.api.invoke(getSupervisionTargets, { HallId: hallId });
  }

  /** Records a finding; the same clientKey again answers the finding recorded the first time. */
  record(body: RecordFindingBody): Promise<FindingDto> {
    return this.api.invoke(recordSupervisionFinding, { body });
  }

  /** One photo (multipart `file`); the same bytes again are stored once. */
  async photo(findingId: string, name: string, blob: Blob): Promise<void> {
    const body = new FormData();
    body.append('file', blob, name);
    const path = addSupervisionFindingPhoto$FormData.PATH.replace('{id}', encodeURIComponent(findingId));
    await firstValueFrom(this.http.post<FindingDto>(`${this.root}${path}`, body));
  }
}
