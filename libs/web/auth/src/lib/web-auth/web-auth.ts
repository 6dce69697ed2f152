import { Component } from '@angular/core';

@Component({
  selector: 'mgr-web-auth',
  imports: [],
  templateUrl: './web-auth.html',
  styleUrl: './web-auth.scss',
})
export class WebAuth {}
