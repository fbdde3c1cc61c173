package org.migportal.reports;

import java.text.DecimalFormat;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;

/**
 * Bar charts of rates and shares (values 0 to 100): the value axis always runs from 0% to 100%, so that
 * two charts (or two countries) compare at a glance, and each bar says its whole percentage.
 */
public class PercentChartLook extends BarChartLook {

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        super.customize(chart, jasperChart);
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setRange(0, 100);
        values.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(25, new DecimalFormat("0'%'")));
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", new DecimalFormat("0")));
            bars.setDefaultItemLabelsVisible(true);
            bars.setMaximumBarWidth(0.2);
        }
    }
}
