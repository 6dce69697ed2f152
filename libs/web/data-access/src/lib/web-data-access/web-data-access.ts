import { Component } from '@angular/core';

@Component({
  selector: 'mgr-web-data-access',
  imports: [],
  templateUrl: './web-data-access.html',
  styleUrl: './web-data-access.scss',
})
export class WebDataAccess {}
