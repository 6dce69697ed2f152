import { Component } from '@angular/core';

@Component({
  selector: 'mgr-web-ui',
  imports: [],
  templateUrl: './web-ui.html',
  styleUrl: './web-ui.scss',
})
export class WebUi {}
