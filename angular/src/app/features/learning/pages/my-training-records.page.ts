import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listMyTrainingRecords } from '../../../proxy/fn/my-learning/list-my-training-records';
import { TrainingRecordDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

/** 我的培训记录: hours from outside the courses (a contest 以赛代训, a meeting 以会促训, an external course) with their source. */
@Component({
  selector: 'app-my-training-records-page',
  imports: [TranslatePipe, ProblemAlertComponent, MatTableModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.myTrainingRecords' | translate }}</h1>
    <p class="intro">{{ 'myLearning.trainingRecords.intro' | translate }}</p>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (!loading() && records().length === 0) { <p class="empty">{{ 'myLearning.trainingRecords.empty' | translate }}</p> }
    @else {
      <p data-testid="training-hours-total">{{ 'myLearning.trainingRecords.total' | translate: { hours: total() } }}</p>
      <div class="table-wrap">
        <table mat-table [dataSource]="records()" data-testid="training-records">
          <ng-container matColumnDef="on">
            <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.trainingRecords.on' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ r.on }}</td>
          </ng-container>
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.trainingRecords.title' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ r.title }}</td>
          </ng-container>
          <ng-container matColumnDef="source">
            <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.trainingRecords.source' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ 'enums.TrainingRecordSource.' + r.source | translate }}</td>
          </ng-container>
          <ng-container matColumnDef="hours">
            <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.trainingRecords.hours' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ r.hours }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" data-testid="training-record"></tr>
        </table>
      </div>
    }
  `,
  styles: `h1 { font-size: 22px; } .intro { color: rgba(0, 0, 0, 0.65); max-width: 80ch; } .table-wrap { overflow-x: auto; } table { width: 100%; }`,
})
export class MyTrainingRecordsPage implements OnInit {
  private readonly api = inject(Api);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly records = signal<TrainingRecordDto[]>([]);
  protected readonly total = computed(() => Math.round(this.records().reduce((s, r) => s + r.hours, 0) * 10) / 10);
  protected readonly columns = ['on', 'title', 'source', 'hours'];

  async ngOnInit(): Promise<void> {
    try {
      const records = await this.api.invoke(listMyTrainingRecords, {});
      this.records.set([...records].sort((a, b) => b.on.localeCompare(a.on)));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
