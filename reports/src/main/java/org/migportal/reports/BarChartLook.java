package org.migportal.reports;

import java.awt.Color;
import java.awt.Font;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * The reports' bar charts, read at a glance: whole category labels (JFreeChart cuts them short by
 * default), flat bars, no gradient or shadow, whole numbers on the value axis.
 */
public class BarChartLook implements JRChartCustomizer {

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        chart.setBorderVisible(false);
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0D7E1));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setTickLabelFont(new Font("DejaVu Sans", Font.PLAIN, 7));
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        plot.getRangeAxis().setTickLabelFont(new Font("DejaVu Sans", Font.PLAIN, 7));
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setMaximumBarWidth(0.12);
            bars.setDefaultItemLabelFont(new Font("DejaVu Sans", Font.PLAIN, 7));
        }
    }
}
