import { ChangeDetectionStrategy, Component, effect, ElementRef, input, OnDestroy, viewChild } from '@angular/core';
import { cpp } from '@codemirror/lang-cpp';
import { go } from '@codemirror/lang-go';
import { java } from '@codemirror/lang-java';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import { sql } from '@codemirror/lang-sql';
import { indentWithTab } from '@codemirror/commands';
import { Compartment, EditorState, Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import type { PracticeLanguage } from '@debrief/portal/core';
import { basicSetup, EditorView } from 'codemirror';
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next';
import * as Y from 'yjs';
import type { RoomDoc } from './room-connection';

const LANGUAGES: Record<PracticeLanguage, () => Extension> = {
  JAVASCRIPT: () => javascript(),
  TYPESCRIPT: () => javascript({ typescript: true }),
  PYTHON: () => python(),
  JAVA: () => java(),
  CPP: () => cpp(),
  GO: () => go(),
  SQL: () => sql(),
  PLAIN_TEXT: () => [],
};

/**
 * A CodeMirror 6 editor bound to a room document with y-codemirror.next: everyone's cursor and
 * selection with their name, and undo per person (Yjs' UndoManager only undoes one's own edits).
 * Tab indents; Escape then Tab leaves the editor (CodeMirror's tab-focus escape), as the hint says.
 */
@Component({
  selector: 'db-collab-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="hint" [id]="hintId()">Tab indents. To leave the editor with the keyboard, press Escape, then Tab.</p>
    <div #host class="editor"></div>
  `,
  styles: `
    :host { display: block; }
    .hint { margin: 0 0 4px; font-size: 0.875rem; color: #4a4a4a; }
    .editor { border: 1px solid #767676; border-radius: 4px; min-height: 12rem; background: #fff; }
    .editor:focus-within { outline: 3px solid #1a4fb5; outline-offset: 2px; }
    :host ::ng-deep .cm-editor { min-height: 12rem; max-height: 28rem; }
    :host ::ng-deep .cm-scroller { overflow: auto; }
  `,
})
export class CollabEditorComponent implements OnDestroy {
  readonly room = input.required<RoomDoc>();
  readonly label = input.required<string>();
  readonly hintId = input.required<string>();
  readonly language = input<PracticeLanguage>('PLAIN_TEXT');
  readonly readOnly = input(false);

  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');
  private readonly languageSlot = new Compartment();
  private view?: EditorView;

  constructor() {
    effect(() => {
      const room = this.room();
      if (this.view) return;
      const undoManager = new Y.UndoManager(room.text);
      this.view = new EditorView({
        parent: this.host().nativeElement,
        state: EditorState.create({
          doc: room.text.toString(),
          extensions: [
            keymap.of([...yUndoManagerKeymap, indentWithTab]),
            basicSetup,
            // Long lines wrap: nothing scrolls sideways at 390 px (a scrolling region is also an axe finding).
            EditorView.lineWrapping,
            this.languageSlot.of(LANGUAGES[this.language()]()),
            EditorState.readOnly.of(this.readOnly()),
            EditorView.contentAttributes.of({ 'aria-label': this.label(), 'aria-describedby': this.hintId() }),
            yCollab(room.text, room.provider.awareness, { undoManager }),
          ],
        }),
      });
    });
    effect(() => {
      const lang = this.language();
      this.view?.dispatch({ effects: this.languageSlot.reconfigure(LANGUAGES[lang]()) });
    });
  }

  ngOnDestroy(): void {
    this.view?.destroy();
  }
}
