import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { focusHeadingOnNavigation } from './focus-heading';

@Component({
  selector: 'db-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet],
  template: `<router-outlet />`,
})
export class App {
  constructor() {
    focusHeadingOnNavigation();
  }
}
