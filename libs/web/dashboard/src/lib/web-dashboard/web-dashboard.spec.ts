import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebDashboard } from './web-dashboard';

describe('WebDashboard', () => {
  let component: WebDashboard;
  let fixture: ComponentFixture<WebDashboard>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebDashboard],
    }).compileComponents();

    fixture = TestBed.createComponent(WebDashboard);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
