import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PageFailure, PageResource, PageStateComponent } from './page-state.component';
import { provideRouter } from '@angular/router';

@Component({
  imports: [PageStateComponent],
  template: `
    <db-page-state [loading]="loading()" [error]="error()" loadingLabel="Loading coaches…" (retry)="retries = retries + 1">
      <p class="content">Coaches</p>
    </db-page-state>
  `,
})
class HostComponent {
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  retries = 0;
}

describe('PageStateComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
  }

  it('announces loading in a status region and hides the content', async () => {
    const { el } = await render();
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Loading coaches…');
    expect(el.querySelector('.content')).toBeNull();
  });

  it('shows the content once loaded and empties the status region', async () => {
    const { fixture, host, el } = await render();
    host.loading.set(false);
    await fixture.whenStable();
    expect(el.querySelector('.content')?.textContent).toBe('Coaches');
    expect(el.querySelector('[role="status"]')?.textContent?.trim()).toBe('');
  });

  it('shows an alert with a retry button on error', async () => {
    const { fixture, host, el } = await render();
    host.loading.set(false);
    host.error.set('Something went wrong. Please try again.');
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Something went wrong');
    expect(el.querySelector('.content')).toBeNull();
    (el.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    expect(host.retries).toBe(1);
  });
});

@Component({
  imports: [PageStateComponent],
  template: `
    <db-page-state [resource]="resource" notFoundHeading="Session not found" noAccessHeading="Not one of yours">
      <p class="content">Session</p>
    </db-page-state>
  `,
})
class ResourceHostComponent {
  readonly failure = signal<PageFailure | null>(null);
  reloads = 0;
  readonly resource: PageResource = {
    isLoading: () => false,
    hasValue: () => this.failure() === null,
    failure: () => this.failure(),
    reload: () => {
      this.reloads++;
      return true;
    },
  };
}

describe('PageStateComponent with a resource', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter([])] }));
  async function render(failure: PageFailure) {
    const fixture = TestBed.createComponent(ResourceHostComponent);
    fixture.componentInstance.failure.set(failure);
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
  }

  it('says the thing is not found, with a way home and no retry that cannot succeed', async () => {
    const { el } = await render({ kind: 'not-found', message: 'It may have been removed.' });
    expect(el.querySelector('h2')?.textContent).toBe('Session not found');
    expect(el.querySelector('a[href="/"]')).not.toBeNull();
    expect(el.querySelector('button')).toBeNull();
    expect(el.querySelector('.content')).toBeNull();
  });

  it('says the viewer has no access when the API refused', async () => {
    const { el } = await render({ kind: 'forbidden', message: 'Someone else’s.' });
    expect(el.querySelector('h2')?.textContent).toBe('Not one of yours');
  });

  it('offers a retry that reloads the resource when offline', async () => {
    const { el, host } = await render({ kind: 'offline', message: 'Could not reach Debrief.' });
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Could not reach Debrief.');
    (el.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    expect(host.reloads).toBe(1);
  });
});
