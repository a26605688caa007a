import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy } from '@angular/router';
import { PageTitleStrategy } from './page-title.strategy';

@Component({ template: '' })
class BlankComponent {}

describe('PageTitleStrategy', () => {
  it('suffixes route titles with the app name, and uses the app name alone otherwise', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'coaches', title: 'Coaches', component: BlankComponent },
          { path: 'untitled', component: BlankComponent },
        ]),
        { provide: TitleStrategy, useClass: PageTitleStrategy },
      ],
    });
    const router = TestBed.inject(Router);
    const title = TestBed.inject(Title);
    await router.navigateByUrl('/coaches');
    expect(title.getTitle()).toBe('Coaches · Debrief');
    await router.navigateByUrl('/untitled');
    expect(title.getTitle()).toBe('Debrief');
  });
});
