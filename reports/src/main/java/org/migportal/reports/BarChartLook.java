package org.migportal.reports;

import java.awt.Color;
import java.awt.Font;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * The reports' bar charts, read at a glance: whole category labels (JFreeChart cuts them short by
 * default), flat bars, no gradient or shadow, whole numbers on the value axis.
 */
public class BarChartLook implements JRChartCustomizer {

    /**
     * Labels under the bars of a vertical chart: whole words side by side while few; slanted, then upright,
     * when many categories (a country per bar, a month per bar) would run into each other.
     */
    private static CategoryLabelPositions bottomLabels(int categories) {
        if (categories > 14) {
            return CategoryLabelPositions.UP_90;
        }
        if (categories > 5) {
            return CategoryLabelPositions.UP_45;
        }
        return CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.STANDARD,
                new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER,
                        CategoryLabelWidthType.RANGE, 0.3f));
    }

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
        if (plot.getOrientation() == PlotOrientation.VERTICAL) {
            categories.setCategoryLabelPositions(bottomLabels(plot.getDataset() == null ? 0 : plot.getDataset().getColumnCount()));
        }
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
