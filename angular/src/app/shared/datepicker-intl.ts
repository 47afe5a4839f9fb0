import { Injectable, OnDestroy, inject } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslateService } from '@ngx-translate/core';

/** The datepicker's own labels (open calendar, next month …) in the UI language. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl implements OnDestroy {
  private readonly translate = inject(TranslateService);
  private readonly sub = this.translate.onLangChange.subscribe(() => this.apply());

  constructor() {
    super();
    this.apply();
  }

  private apply(): void {
    const t = (k: string) => this.translate.instant(`datepicker.${k}`) as string;
    this.calendarLabel = t('calendar');
    this.openCalendarLabel = t('open');
    this.closeCalendarLabel = t('close');
    this.prevMonthLabel = t('prevMonth');
    this.nextMonthLabel = t('nextMonth');
    this.prevYearLabel = t('prevYear');
    this.nextYearLabel = t('nextYear');
    this.prevMultiYearLabel = t('prevYears');
    this.nextMultiYearLabel = t('nextYears');
    this.switchToMonthViewLabel = t('monthView');
    this.switchToMultiYearViewLabel = t('yearsView');
    this.changes.next();
  }

  ngOnDestroy(): void {
    this.sub.unsubscribe();
  }
}

/**
 * For a component with a datepicker: its labels in the UI language. On the component, because MatDatepickerModule
 * provides its own MatDatepickerIntl to each standalone component that imports it, which would hide an app-wide one.
 */
export const DATEPICKER_INTL = [{ provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl }];

