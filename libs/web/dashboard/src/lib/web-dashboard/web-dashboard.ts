import { Component } from '@angular/core';

@Component({
  selector: 'mgr-web-dashboard',
  imports: [],
  templateUrl: './web-dashboard.html',
  styleUrl: './web-dashboard.scss',
})
export class WebDashboard {}
