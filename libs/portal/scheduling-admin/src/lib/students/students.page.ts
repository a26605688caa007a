import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { apiResource, errorMessage, GraphqlClient, StaffStudentsDocument } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { debounceTime, map } from 'rxjs';

/** Staff pick a student (search by name or email) to see and manage their sessions. */
@Component({
  selector: 'db-students-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatFormFieldModule, MatInputModule, EmptyStateComponent, PageHeaderComponent, PageStateComponent],
  templateUrl: './students.page.html',
  styleUrl: './students.page.scss',
})
export class StudentsPage {
  private readonly api = inject(GraphqlClient);

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = toSignal(this.searchControl.valueChanges.pipe(debounceTime(300), map((value) => value.trim())), {
    initialValue: '',
  });
  protected readonly students = apiResource({
    params: () => ({ search: this.search() || null }),
    loader: async ({ params }) => (await this.api.query(StaffStudentsDocument, params)).users,
  });
  protected readonly error = computed(() => errorMessage(this.students.error()));

  protected reload(): void {
    this.students.reload();
  }
}
