import { Injectable, OnDestroy, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';
import { Subscription } from 'rxjs';

/** The paginator's labels follow the UI language. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl implements OnDestroy {
  private readonly translate = inject(TranslateService);
  private readonly sub: Subscription;

  constructor() {
    super();
    this.sub = this.translate.onLangChange.subscribe(() => this.apply());
    this.apply();
  }

  private apply(): void {
    const t = (k: string) => this.translate.instant(k) as string;
    this.itemsPerPageLabel = t('paginator.itemsPerPage');
    this.nextPageLabel = t('paginator.next');
    this.previousPageLabel = t('paginator.previous');
    this.firstPageLabel = t('paginator.first');
    this.lastPageLabel = t('paginator.last');
    this.getRangeLabel = (page, size, length) => {
      if (length === 0) return t('paginator.none');
      const start = page * size;
      const end = Math.min(start + size, length);
      return this.translate.instant('paginator.range', { start: start + 1, end, length }) as string;
    };
    this.changes.next();
  }

  ngOnDestroy(): void {
    this.sub.unsubscribe();
  }
}
